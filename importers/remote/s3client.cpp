#include "s3client.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace EdxLoader {

namespace {

void initialiseCurl()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QByteArray encoded(const QString &text, const QByteArray &keep = {})
{
    return QUrl::toPercentEncoding(text, keep);
}

// One HTTP exchange with the store.
struct Exchange
{
    CURL *handle = nullptr;
    QByteArray method = "GET";
    QString url;
    QByteArray upload; // the body of a PUT
    QList<QByteArray> headers;
    // The body of a successful answer goes to sink (false: stop, writeError says why); that of
    // a refusal is kept in errorBody.
    std::function<bool(const char *, size_t)> sink;
    std::function<bool(curl_off_t now, curl_off_t total)> progress; // false: stop (cancelled)
    QByteArray errorBody;
    QByteArray encryption; // x-amz-server-side-encryption (or "SSE-C"): the ETag is no MD5 then
    QString writeError;
    long status = 0;
    CURLcode code = CURLE_OK;
    char curlError[CURL_ERROR_SIZE] = {};
};

size_t onData(char *data, size_t size, size_t count, void *user)
{
    auto *x = static_cast<Exchange *>(user);
    const size_t length = size * count;
    if (x->status == 0)
        curl_easy_getinfo(x->handle, CURLINFO_RESPONSE_CODE, &x->status);
    if (x->status >= 300 || !x->sink) {
        if (x->errorBody.size() < 65536)
            x->errorBody.append(data, qsizetype(length));
        return length;
    }
    return x->sink(data, length) ? length : 0;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *x = static_cast<Exchange *>(user);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "x-amz-server-side-encryption")
            x->encryption = line.mid(colon + 1).trimmed();
        else if (name == "x-amz-server-side-encryption-customer-algorithm")
            x->encryption = "SSE-C";
    }
    return size * count;
}

int onProgress(void *user, curl_off_t total, curl_off_t now, curl_off_t, curl_off_t)
{
    auto *x = static_cast<Exchange *>(user);
    return x->progress && !x->progress(now, total) ? 1 : 0;
}

void perform(const S3Config &config, Exchange &x)
{
    initialiseCurl();
    x.handle = curl_easy_init();
    if (!x.handle) {
        x.code = CURLE_FAILED_INIT;
        return;
    }
    const QByteArray url = x.url.toUtf8();
    const QByteArray sigv4 = "aws:amz:" + config.region.toUtf8() + ":s3";
    const QByteArray user = config.accessKeyId.toUtf8();
    const QByteArray secret = config.secretAccessKey.toUtf8();
    curl_slist *headers = nullptr;
    QList<QByteArray> lines = x.headers;
    if (!config.sessionToken.isEmpty())
        lines << "x-amz-security-token: " + config.sessionToken.toUtf8();
    if (x.method == "PUT") // (not a form: the body is the object)
        lines << "Content-Type: application/octet-stream";
    for (const QByteArray &line : std::as_const(lines))
        headers = curl_slist_append(headers, line.constData());
    curl_easy_setopt(x.handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(x.handle, CURLOPT_AWS_SIGV4, sigv4.constData());
    curl_easy_setopt(x.handle, CURLOPT_USERNAME, user.constData());
    curl_easy_setopt(x.handle, CURLOPT_PASSWORD, secret.constData());
    curl_easy_setopt(x.handle, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(x.handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(x.handle, CURLOPT_CONNECTTIMEOUT, long(config.connectTimeoutSeconds));
    curl_easy_setopt(x.handle, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(x.handle, CURLOPT_LOW_SPEED_TIME, long(config.stallSeconds));
    curl_easy_setopt(x.handle, CURLOPT_ERRORBUFFER, x.curlError);
    curl_easy_setopt(x.handle, CURLOPT_WRITEFUNCTION, onData);
    curl_easy_setopt(x.handle, CURLOPT_WRITEDATA, &x);
    curl_easy_setopt(x.handle, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(x.handle, CURLOPT_HEADERDATA, &x);
    curl_easy_setopt(x.handle, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(x.handle, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(x.handle, CURLOPT_XFERINFODATA, &x);
    curl_easy_setopt(x.handle, CURLOPT_USERAGENT, "EdxLoader/" EDXLOADER_VERSION);
    if (x.method == "PUT") {
        // The body given whole, so that libcurl signs its SHA-256 (x-amz-content-sha256).
        curl_easy_setopt(x.handle, CURLOPT_CUSTOMREQUEST, "PUT");
        curl_easy_setopt(x.handle, CURLOPT_POSTFIELDS, x.upload.constData());
        curl_easy_setopt(x.handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(x.upload.size()));
    }
    x.code = curl_easy_perform(x.handle);
    curl_easy_getinfo(x.handle, CURLINFO_RESPONSE_CODE, &x.status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(x.handle);
    x.handle = nullptr;
}

// S3's refusal: <Error><Code>…</Code><Message>…</Message></Error>.
std::pair<QString, QString> errorOf(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    QString code, message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("Code"))
            code = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("Message"))
            message = xml.readElementText();
    }
    return {code, message};
}

} // namespace

QString S3Config::serverName() const
{
    return endpoint.isEmpty() ? QStringLiteral("Amazon S3 (%1)").arg(region) : QUrl(endpoint).host();
}

QString S3Object::md5() const
{
    static const auto hex = [](QChar c) { return c.isDigit() || (c >= QLatin1Char('a') && c <= QLatin1Char('f')); };
    if (etag.size() != 32)
        return {};
    const QString lower = etag.toLower();
    return std::all_of(lower.cbegin(), lower.cend(), hex) ? lower : QString();
}

S3Client::S3Client(S3Config config)
    : m_config(std::move(config))
{
    while (m_config.endpoint.endsWith(QLatin1Char('/')))
        m_config.endpoint.chop(1);
}

QString S3Client::urlFor(const QString &bucket, const QString &key) const
{
    const QString path = QString::fromLatin1(encoded(key, "/~"));
    if (m_config.endpoint.isEmpty())
        return QStringLiteral("https://%1.s3.%2.amazonaws.com/%3").arg(bucket, m_config.region, path);
    return key.isEmpty() ? QStringLiteral("%1/%2").arg(m_config.endpoint, bucket)
                         : QStringLiteral("%1/%2/%3").arg(m_config.endpoint, bucket, path);
}

namespace {

// Why an exchange failed, in the words a coordinator can act on.
QString describe(const Exchange &x, const S3Config &config, const QString &what)
{
    const QString server = config.serverName();
    switch (x.code) {
    case CURLE_OK:
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        return S3Client::tr("Cancelled");
    case CURLE_WRITE_ERROR:
        if (!x.writeError.isEmpty())
            return x.writeError;
        break;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
        return S3Client::tr("%1 cannot be reached (%2): check the address and the network").arg(server, QString::fromUtf8(x.curlError));
    default:
        break;
    }
    if (x.code != CURLE_OK)
        return S3Client::tr("The connection to %1 failed while %2: %3")
            .arg(server, what, QString::fromUtf8(*x.curlError ? x.curlError : curl_easy_strerror(x.code)));
    const auto [code, message] = errorOf(x.errorBody);
    QString hint;
    if (code == QLatin1String("InvalidAccessKeyId"))
        hint = S3Client::tr("the access key id is not one the server knows: check the key id edX sent");
    else if (code == QLatin1String("SignatureDoesNotMatch"))
        hint = S3Client::tr("the secret access key does not match the key id: check the secret edX sent");
    else if (code == QLatin1String("AccessDenied"))
        hint = S3Client::tr("these keys may not read it: check the organisation and the bucket");
    else if (code == QLatin1String("NoSuchBucket"))
        hint = S3Client::tr("there is no such bucket: check its name under Advanced");
    else if (code == QLatin1String("ExpiredToken") || code == QLatin1String("InvalidToken"))
        hint = S3Client::tr("the session token has expired or is wrong");
    else if (code == QLatin1String("PermanentRedirect") || code == QLatin1String("AuthorizationHeaderMalformed"))
        hint = S3Client::tr("the bucket is in another region: check the region");
    else if (!message.isEmpty())
        hint = message;
    else
        hint = S3Client::tr("HTTP status %1").arg(x.status);
    return S3Client::tr("%1 refused %2 (%3): %4").arg(server, what, code.isEmpty() ? QString::number(x.status) : code, hint);
}

bool failed(const Exchange &x)
{
    return x.code != CURLE_OK || x.status < 200 || x.status >= 300;
}

} // namespace

Result<QList<S3Object>> S3Client::list(const QString &bucket, const QString &prefix, const std::atomic_bool *cancel) const
{
    QList<S3Object> objects;
    QString token;
    QSet<QString> tokens;
    bool truncated = false;
    do {
        Exchange x;
        // ('/' left as it is in the prefix: libcurl's signature and S3's then agree on the query.)
        x.url = urlFor(bucket) + QStringLiteral("?list-type=2&prefix=") + QString::fromLatin1(encoded(prefix, "/"));
        if (!token.isEmpty())
            x.url += QStringLiteral("&continuation-token=") + QString::fromLatin1(encoded(token));
        QByteArray body;
        x.sink = [&](const char *data, size_t length) {
            body.append(data, qsizetype(length));
            return true;
        };
        x.progress = [cancel](curl_off_t, curl_off_t) { return !(cancel && cancel->load()); };
        perform(m_config, x);
        if (failed(x))
            return failure(describe(x, m_config, tr("the listing of %1/%2").arg(bucket, prefix)));
        token.clear();
        truncated = false;
        QXmlStreamReader xml(body);
        S3Object object;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const QStringView name = xml.name();
                if (name == QLatin1String("Contents"))
                    object = {};
                else if (name == QLatin1String("Key"))
                    object.key = xml.readElementText();
                else if (name == QLatin1String("Size"))
                    object.size = xml.readElementText().toLongLong();
                else if (name == QLatin1String("ETag"))
                    object.etag = xml.readElementText().remove(QLatin1Char('"'));
                else if (name == QLatin1String("LastModified"))
                    object.lastModified = QDateTime::fromString(xml.readElementText(), Qt::ISODateWithMs);
                else if (name == QLatin1String("IsTruncated"))
                    truncated = xml.readElementText() == QLatin1String("true");
                else if (name == QLatin1String("NextContinuationToken"))
                    token = xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("Contents")) {
                objects.append(object);
            }
        }
        if (xml.hasError())
            return failure(tr("%1 answered the listing of %2/%3 with something that is not S3's XML: %4")
                               .arg(m_config.serverName(), bucket, prefix, xml.errorString()));
        if (truncated && (token.isEmpty() || tokens.contains(token)))
            return failure(tr("%1 cut the listing of %2/%3 short without saying where to go on")
                               .arg(m_config.serverName(), bucket, prefix));
        tokens.insert(token);
        if (cancel && cancel->load())
            return failure(tr("Cancelled"));
    } while (truncated);
    return objects;
}

Result<S3Client::Downloaded> S3Client::download(const QString &bucket, const S3Object &object, const QString &path,
                                                const Progress &progress, const std::atomic_bool *cancel) const
{
    Downloaded result;
    if (QFileInfo(path).isFile() && QFileInfo(path).size() == object.size)
        return result; // already whole on disk
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return failure(tr("The folder %1 cannot be created").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    const QString partPath = path + QStringLiteral(".part");
    // Beside the part, the ETag of the version it holds: a part of an older version (edX
    // uploaded the file again) is not continued with the new one's bytes.
    const QString tagPath = partPath + QStringLiteral(".etag");
    QFile part(partPath);
    qint64 have = part.exists() ? part.size() : 0;
    QString md5 = object.md5();
    QCryptographicHash hash(QCryptographicHash::Md5);
    const auto partVersion = [&] {
        QFile tag(tagPath);
        return tag.open(QIODevice::ReadOnly) ? QString::fromUtf8(tag.readAll()).trimmed() : QString();
    };
    if (have > object.size || (have > 0 && (object.etag.isEmpty() || partVersion() != object.etag))) {
        part.remove();
        have = 0;
    }
    if (have == 0 && !object.etag.isEmpty()) {
        QFile tag(tagPath);
        if (!tag.open(QIODevice::WriteOnly) || tag.write(object.etag.toUtf8()) < 0)
            return failure(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(tagPath), tag.errorString()));
    }
    if (have > 0 && !md5.isEmpty()) {
        // The MD5 covers the whole object: what is kept is hashed first.
        if (!part.open(QIODevice::ReadOnly))
            return failure(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(partPath), part.errorString()));
        hash.addData(&part);
        part.close();
    }
    if (!part.open(have > 0 ? QIODevice::Append : QIODevice::WriteOnly))
        return failure(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(partPath), part.errorString()));
    result.resumedFrom = have;
    qint64 onDisk = have;
    const auto dropPart = [&] {
        part.close();
        QFile::remove(partPath);
        QFile::remove(tagPath);
    };
    if (have < object.size) {
        Exchange x;
        x.url = urlFor(bucket, object.key);
        if (have > 0)
            x.headers << "Range: bytes=" + QByteArray::number(have) + '-';
        if (!object.etag.isEmpty()) // (the version listed, or a refusal: 412)
            x.headers << "If-Match: \"" + object.etag.toUtf8() + '"';
        bool first = true;
        x.sink = [&](const char *data, size_t length) {
            if (cancel && cancel->load())
                return false; // (what was received stays in the .part)
            if (first) {
                first = false;
                if (have > 0 && x.status == 200) { // the server sent it all: start again
                    part.resize(0);
                    hash.reset();
                    onDisk = 0;
                    result.resumedFrom = 0;
                }
            }
            if (part.write(data, qint64(length)) != qint64(length)) {
                x.writeError = tr("Writing %1 failed: %2").arg(QDir::toNativeSeparators(partPath), part.errorString());
                return false;
            }
            hash.addData(QByteArrayView(data, qsizetype(length)));
            onDisk += qint64(length);
            result.bytes += qint64(length);
            if (progress)
                progress(onDisk, object.size);
            return true;
        };
        x.progress = [cancel](curl_off_t, curl_off_t) { return !(cancel && cancel->load()); };
        perform(m_config, x);
        if (!x.writeError.isEmpty()) {
            dropPart(); // (a full disk: nothing half-written is kept)
            return failure(x.writeError);
        }
        if (!part.flush()) {
            const QString why = tr("Writing %1 failed: %2").arg(QDir::toNativeSeparators(partPath), part.errorString());
            dropPart();
            return failure(why);
        }
        const QString kept = tr("the %1 bytes received are kept in %2 and the next download goes on from there")
                                 .arg(QString::number(onDisk), QFileInfo(partPath).fileName());
        if (cancel && cancel->load() && failed(x)) {
            part.close();
            return failure(tr("Cancelled; %1").arg(kept));
        }
        if (x.code == CURLE_OK && (x.status == 412 || x.status == 416)) {
            // Not the version listed (edX uploaded it again), or not the part's: start again.
            dropPart();
            return failure(tr("%1 changed at edX since it was listed: the part downloaded is deleted; list again and download it")
                               .arg(object.key));
        }
        if (failed(x)) {
            // (Whatever the reason, network or refusal, the part is the listed version's: kept.)
            part.close();
            const QString why = describe(x, m_config, tr("the download of %1").arg(object.key));
            return failure(onDisk > 0 ? tr("%1; %2").arg(why, kept) : why);
        }
        if (!x.encryption.isEmpty() && x.encryption != "AES256")
            md5.clear(); // (SSE-KMS, SSE-C: the ETag is not the content's MD5)
    }
    part.close();
    const qint64 size = QFileInfo(partPath).size();
    if (size != object.size) {
        dropPart();
        return failure(tr("The download of %1 has %2 bytes where the store lists %3: deleted, to be downloaded again")
                           .arg(object.key)
                           .arg(size)
                           .arg(object.size));
    }
    if (!md5.isEmpty() && QString::fromLatin1(hash.result().toHex()) != md5) {
        dropPart();
        return failure(tr("The download of %1 does not match its checksum (MD5 %2): deleted, to be downloaded again")
                           .arg(object.key, md5));
    }
    QFile::remove(path);
    QFile::remove(tagPath);
    if (!QFile::rename(partPath, path))
        return failure(tr("%1 cannot be renamed to %2").arg(QDir::toNativeSeparators(partPath), QFileInfo(path).fileName()));
    return result;
}

Status S3Client::createBucket(const QString &bucket) const
{
    Exchange x;
    x.method = "PUT";
    x.url = urlFor(bucket);
    perform(m_config, x);
    if (failed(x))
        return failure(describe(x, m_config, tr("the creation of %1").arg(bucket)));
    return {};
}

Status S3Client::put(const QString &bucket, const QString &key, const QByteArray &data) const
{
    Exchange x;
    x.method = "PUT";
    x.url = urlFor(bucket, key);
    x.upload = data;
    perform(m_config, x);
    if (failed(x))
        return failure(describe(x, m_config, tr("the upload of %1").arg(key)));
    return {};
}

} // namespace EdxLoader
