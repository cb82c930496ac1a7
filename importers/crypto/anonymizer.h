#pragma once

#include "classification.h"
#include "document.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

namespace EdxLoader {

// The Stanford/MOOCdb anon_screen_name of a username (ANCHORS.md §3.2): RIPEMD-160, as 40
// lower-case hex digits, of the username made "insert safe" — transliterated to ASCII when a
// character is above U+0080, CR and LF as "; ", backslashes removed, quotes escaped.
QString anonScreenName(const QString &username);
QString insertSafe(const QString &text); // the text that is hashed

// Learner anonymisation (PRODUCT.md §7) of the documents of one file: usernames become their
// anon_screen_name and direct identifiers (e-mail, names, mailing address, IP) are removed, with
// the same rules in every collection, so that a learner keeps one identity across tables, forum,
// tracking logs and the course collection built from them.
class Anonymizer
{
public:
    explicit Anonymizer(const Classification &classification);
    void apply(Document &doc);

private:
    struct Rules
    {
        QSet<QByteArray> hash;   // string fields replaced by their anon_screen_name
        QSet<QByteArray> remove; // fields dropped
    };
    bool rewrite(const bson_t *in, bson_t *out, const Rules &rules, bool top);
    QByteArray hashed(QByteArrayView username);
    QByteArray withoutUsername(QByteArrayView text) const;

    Rules m_top;
    Rules m_nested; // inside context, event and event_struct of tracking events
    bool m_tracking = false;
    QByteArray m_user, m_userHash; // the current tracking event's username and its hash
    QHash<QByteArray, QByteArray> m_cache; // usernames repeat: hash each once per file
};

} // namespace EdxLoader
