#include "anonymizer.h"

#include "filehash.h"

#include <algorithm>
#include <cstring>

namespace EdxLoader {

namespace {

// What unidecode gives for the Latin letters that Unicode does not decompose.
QString latinFallback(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: return QStringLiteral("ss");
    case 0x00E6: return QStringLiteral("ae");
    case 0x00C6: return QStringLiteral("AE");
    case 0x0153: return QStringLiteral("oe");
    case 0x0152: return QStringLiteral("OE");
    case 0x00F8: return QStringLiteral("o");
    case 0x00D8: return QStringLiteral("O");
    case 0x0111: return QStringLiteral("d");
    case 0x0110: return QStringLiteral("D");
    case 0x0142: return QStringLiteral("l");
    case 0x0141: return QStringLiteral("L");
    case 0x00FE: return QStringLiteral("th");
    case 0x00DE: return QStringLiteral("Th");
    case 0x00F0: return QStringLiteral("d");
    case 0x00D0: return QStringLiteral("D");
    case 0x0131: return QStringLiteral("i");
    default: return {};
    }
}

// ASCII transliteration: decomposed accents dropped, the undecomposable Latin letters spelled
// out; anything else (other scripts) is dropped, where unidecode would give a romanisation.
QString toAscii(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.unicode() < 0x80)
            out.append(c);
        else if (c.category() != QChar::Mark_NonSpacing)
            out.append(latinFallback(c));
    }
    return out;
}

// The document with its "event" text replaced by the JSON of its (already cleaned) event_struct,
// or by "" when the text could not be parsed into one.
Document withCleanedEventText(const Document &doc)
{
    QByteArray cleaned;
    bson_iter_t it;
    if (bson_iter_init_find(&it, doc.bson(), "event_struct") && BSON_ITER_HOLDS_DOCUMENT(&it))
        writeRelaxedJsonValue(cleaned, &it);
    Document out;
    if (!bson_iter_init(&it, doc.bson()))
        return doc;
    while (bson_iter_next(&it)) {
        if (std::strcmp(bson_iter_key(&it), "event") == 0)
            out.appendUtf8("event", cleaned);
        else
            bson_append_iter(out.bson(), bson_iter_key(&it), int(bson_iter_key_len(&it)), &it);
    }
    return out;
}

} // namespace

QString insertSafe(const QString &text)
{
    QString s = text;
    // Python's ord(c) > 128 (not >= 128): U+0080 itself does not trigger the transliteration.
    if (std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() > 128; }))
        s = toAscii(s);
    s.replace(QLatin1Char('\n'), QStringLiteral("; "));
    s.replace(QLatin1Char('\r'), QStringLiteral("; "));
    s.remove(QLatin1Char('\\'));
    s.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return s;
}

QString anonScreenName(const QString &username)
{
    return QString::fromLatin1(ripemd160Hex(insertSafe(username).toUtf8()));
}

Anonymizer::Anonymizer(const Classification &c)
{
    auto set = [](std::initializer_list<const char *> keys) {
        QSet<QByteArray> s;
        for (const char *k : keys)
            s.insert(QByteArray(k));
        return s;
    };
    switch (c.kind) {
    case FileKind::TrackingLog:
        m_tracking = true;
        m_top = {set({"username"}), set({"ip", "email"})};
        m_nested = {set({"username"}), set({"ip", "email", "name", "first_name", "last_name", "full_name"})};
        break;
    case FileKind::Forum:
        m_top = {set({"author_username", "username"}), set({"email"})};
        break;
    case FileKind::SqlTable:
    case FileKind::OraTable:
        m_top = {set({"username"}), set({"email", "first_name", "last_name", "mailing_address", "ip_address"})};
        // "name" is the learner's full name in these two; elsewhere (teams) it is not personal.
        if (c.table == QLatin1String("auth_userprofile") || c.table == QLatin1String("certificates_generatedcertificate"))
            m_top.remove.insert("name");
        // The profile's meta keeps the learner's former names ({"old_names": [[name, reason, date]]}).
        if (c.table == QLatin1String("auth_userprofile"))
            m_top.remove.insert("meta");
        break;
    default:
        break;
    }
}

QByteArray Anonymizer::hashed(QByteArrayView username)
{
    const QByteArray key = username.toByteArray();
    auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;
    const QByteArray h = anonScreenName(QString::fromUtf8(key)).toLatin1();
    if (m_cache.size() > 200000)
        m_cache.clear();
    m_cache.insert(key, h);
    return h;
}

QByteArray Anonymizer::withoutUsername(QByteArrayView text) const
{
    // The username as a path segment of a URL: "/api/user/v1/accounts/jdoe", "/u/jdoe/".
    if (m_user.size() < 2 || !text.contains(m_user))
        return text.toByteArray();
    QByteArray out;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = text.indexOf(QByteArray('/' + m_user), from);
        if (at < 0)
            break;
        const qsizetype end = at + 1 + m_user.size();
        if (end == text.size() || QByteArrayView("/?#&").contains(text[end])) {
            out += text.sliced(from, at + 1 - from);
            out += m_userHash;
            from = end;
        } else {
            out += text.sliced(from, end - from);
            from = end;
        }
    }
    out += text.sliced(from);
    return out;
}

bool Anonymizer::rewrite(const bson_t *in, bson_t *out, const Rules &rules, bool top)
{
    bool changed = false;
    bson_iter_t it;
    if (!bson_iter_init(&it, in))
        return false;
    while (bson_iter_next(&it)) {
        const char *key = bson_iter_key(&it);
        const uint32_t keyLength = bson_iter_key_len(&it);
        const QByteArray k = QByteArray::fromRawData(key, keyLength);
        if (rules.remove.contains(k)) {
            changed = true;
            continue;
        }
        if (rules.hash.contains(k) && (BSON_ITER_HOLDS_UTF8(&it) || BSON_ITER_HOLDS_NULL(&it))) {
            uint32_t n = 0;
            const char *s = BSON_ITER_HOLDS_UTF8(&it) ? bson_iter_utf8(&it, &n) : "";
            const QByteArray h = hashed(QByteArrayView(s, n));
            bson_append_utf8(out, key, int(keyLength), h.constData(), int(h.size()));
            changed = true;
            continue;
        }
        const bool array = BSON_ITER_HOLDS_ARRAY(&it);
        if (array && rules.hash.contains(k)) { // a form post: {"username": ["jdoe"]}
            bson_iter_t element;
            bson_iter_recurse(&it, &element);
            bson_t child;
            bson_append_array_begin(out, key, int(keyLength), &child);
            while (bson_iter_next(&element)) {
                if (BSON_ITER_HOLDS_UTF8(&element)) {
                    uint32_t n = 0;
                    const char *s = bson_iter_utf8(&element, &n);
                    const QByteArray h = hashed(QByteArrayView(s, n));
                    bson_append_utf8(&child, bson_iter_key(&element), -1, h.constData(), int(h.size()));
                } else {
                    bson_append_iter(&child, bson_iter_key(&element), -1, &element);
                }
            }
            bson_append_array_end(out, &child);
            changed = true;
            continue;
        }
        // Tracking events: the rules hold at every depth of context, event and event_struct
        // (a login's form post sits in event_struct.POST).
        const bool descend = m_tracking && (BSON_ITER_HOLDS_DOCUMENT(&it) || array)
                             && (!top || k == "context" || k == "event" || k == "event_struct");
        if (descend) {
            uint32_t length = 0;
            const uint8_t *data = nullptr;
            if (array)
                bson_iter_array(&it, &length, &data);
            else
                bson_iter_document(&it, &length, &data);
            bson_t inner;
            if (bson_init_static(&inner, data, length)) {
                bson_t child;
                if (array)
                    bson_append_array_begin(out, key, int(keyLength), &child);
                else
                    bson_append_document_begin(out, key, int(keyLength), &child);
                changed = rewrite(&inner, &child, m_nested, false) || changed;
                if (array)
                    bson_append_array_end(out, &child);
                else
                    bson_append_document_end(out, &child);
                continue;
            }
        }
        if (m_tracking && BSON_ITER_HOLDS_UTF8(&it) && (k == "event_type" || k == "page" || k == "referer" || k == "path")) {
            uint32_t n = 0;
            const char *s = bson_iter_utf8(&it, &n);
            const QByteArray cleaned = withoutUsername(QByteArrayView(s, n));
            if (cleaned.size() != qsizetype(n) || cleaned != QByteArrayView(s, n)) {
                bson_append_utf8(out, key, int(keyLength), cleaned.constData(), int(cleaned.size()));
                changed = true;
                continue;
            }
        }
        bson_append_iter(out, key, int(keyLength), &it);
    }
    return changed;
}

void Anonymizer::apply(Document &doc)
{
    if (m_top.hash.isEmpty() && m_top.remove.isEmpty())
        return;
    if (m_tracking) {
        m_user = doc.string("username").toUtf8();
        m_userHash = m_user.size() >= 2 ? hashed(m_user) : QByteArray();
    }
    bson_t out = BSON_INITIALIZER;
    if (rewrite(doc.bson(), &out, m_top, true)) {
        Document rewritten = Document::fromBson(bson_get_data(&out), out.len);
        // A tracking event's "event" kept as JSON text (browser events) is the raw payload: it is
        // replaced by the cleaned event_struct's JSON; without one, it is emptied when it holds
        // the username or what may be an e-mail address.
        if (m_tracking) {
            bson_iter_t event;
            if (bson_iter_init_find(&event, rewritten.bson(), "event") && BSON_ITER_HOLDS_UTF8(&event)) {
                uint32_t n = 0;
                const char *utf8 = bson_iter_utf8(&event, &n);
                const QByteArrayView text(utf8, n);
                bson_iter_t parsed;
                const bool hasStruct = bson_iter_init_find(&parsed, rewritten.bson(), "event_struct");
                const bool risky = text.contains('@') || (!m_user.isEmpty() && text.contains(m_user));
                if (hasStruct || risky)
                    rewritten = withCleanedEventText(rewritten);
            }
        }
        doc = std::move(rewritten);
    }
    bson_destroy(&out);
}

} // namespace EdxLoader
