#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace EdxLoader {

// Where and as whom to reach an S3 store (Amazon S3, or an S3-compatible one by endpoint).
struct S3Config
{
    QString accessKeyId, secretAccessKey, sessionToken;
    QString region = QStringLiteral("us-east-1");
    // Empty: Amazon S3 (https://BUCKET.s3.REGION.amazonaws.com/KEY). Otherwise the store's URL,
    // addressed path-style (ENDPOINT/BUCKET/KEY), as S3-compatible servers expect.
    QString endpoint;
    int connectTimeoutSeconds = 8; // (name resolution included: a server that does not answer fails within 10 s)
    int stallSeconds = 60; // a transfer slower than 1 byte/s for this long is given up
    // The host named in messages: the endpoint's, or Amazon S3's.
    QString serverName() const;
};

struct S3Object
{
    QString key;
    qint64 size = 0;
    QString etag; // without its quotes; "…-N" for an object uploaded in N parts
    QDateTime lastModified;
    // The MD5 of the content, in hex, when the ETag is one (single-part uploads); else empty.
    QString md5() const;
};

// An S3 client on libcurl: requests signed by libcurl's own AWS Signature V4
// (CURLOPT_AWS_SIGV4), never by code of ours; the XML answers read with QXmlStreamReader. Each
// call is independent (one handle per request): a client may be used from any thread, one call
// at a time.
class S3Client
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::S3Client)

public:
    explicit S3Client(S3Config config);

    // Every object of bucket whose key starts with prefix (ListObjectsV2, page after page of
    // at most 1 000 keys). Failures say what the server said (InvalidAccessKeyId,
    // SignatureDoesNotMatch, AccessDenied, NoSuchBucket, …) or why it could not be reached.
    Result<QList<S3Object>> list(const QString &bucket, const QString &prefix, const std::atomic_bool *cancel = nullptr) const;

    // Downloads object to path: into path + ".part", resumed with a range request when a
    // shorter .part is there, checked (its size; its MD5 when the ETag is one) and renamed to
    // path when whole. A failure of the connection keeps the .part for the next time; a wrong
    // checksum or a failure to write (a full disk) removes it. progress(bytes on disk, size).
    struct Downloaded
    {
        qint64 bytes = 0;       // transferred by this call
        qint64 resumedFrom = 0; // bytes of the .part that were kept
    };
    using Progress = std::function<void(qint64 done, qint64 total)>;
    Result<Downloaded> download(const QString &bucket, const S3Object &object, const QString &path,
                                const Progress &progress = {}, const std::atomic_bool *cancel = nullptr) const;

    // Puts data as bucket/key; creates a bucket. For setting up test stores: EdxLoader itself
    // never writes to S3.
    Status put(const QString &bucket, const QString &key, const QByteArray &data) const;
    Status createBucket(const QString &bucket) const;

    const S3Config &config() const { return m_config; }

private:
    QString urlFor(const QString &bucket, const QString &key = {}) const;
    S3Config m_config;
};

} // namespace EdxLoader
