// edxloader-cli fetch: what is new in edX's research-data buckets, downloaded (still encrypted)
// into a folder that `import` then reads as it is (issue 19).
#include "cli.h"
#include "edxfetch.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace EdxLoader;

namespace Cli {

namespace {

// The [profile] of an AWS shared credentials file (~/.aws/credentials, or
// $AWS_SHARED_CREDENTIALS_FILE): key = value lines under [name] headers.
QHash<QString, QString> awsProfile(const QString &name, QString *file)
{
    *file = qEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", QDir::home().filePath(QStringLiteral(".aws/credentials")));
    QFile f(*file);
    QHash<QString, QString> values;
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return values;
    bool inside = false;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            QString section = line.mid(1, line.size() - 2).trimmed();
            if (section.startsWith(QLatin1String("profile ")))
                section = section.mid(8).trimmed();
            inside = section == name;
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (inside && eq > 0)
            values.insert(line.left(eq).trimmed().toLower(), line.mid(eq + 1).trimmed());
    }
    return values;
}

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(double(bytes) / 1e6, 'f', 1);
}

} // namespace

int fetch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Downloads what is new in edX's research-data buckets into DIR, still encrypted: the weekly\n"
        "packages (s3://course-data/ORG-DATE.zip, as DIR/ORG-DATE.zip) and the daily tracking logs\n"
        "(s3://edx-course-data/ORG/SITE/events/YEAR/…, as DIR/events/SITE/YEAR/…). Files already complete\n"
        "in DIR are not downloaded again; an interrupted download (NAME.part) goes on where it stopped.\n"
        "Then: edxloader-cli import DIR.\n"
        "\n"
        "The access keys edX gave you are read from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and\n"
        "AWS_SESSION_TOKEN), else from the profile of ~/.aws/credentials (--profile, AWS_PROFILE, or\n"
        "'default'). Exit codes: 0 every file asked for is in DIR, 1 some failed (the reasons are\n"
        "printed), 2 nothing could be listed (wrong keys, no server, nothing found), 3 wrong usage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("fetch"), Text::tr("The command."), QStringLiteral("fetch"));
    parser.addPositionalArgument(QStringLiteral("dir"), Text::tr("The download folder (created if needed)."), QStringLiteral("DIR"));
    const QCommandLineOption org(QStringLiteral("org"), Text::tr("Your organisation as edX names it (e.g. mcgillx)."),
                                 QStringLiteral("ORG"));
    const QCommandLineOption site(QStringLiteral("site"), Text::tr("Logs of edx (default), edge, or all."), QStringLiteral("SITE"),
                                  QStringLiteral("edx"));
    const QCommandLineOption what(QStringLiteral("what"), Text::tr("packages, logs, or both (default: packages,logs)."),
                                  QStringLiteral("LIST"), QStringLiteral("packages,logs"));
    const QCommandLineOption since(QStringLiteral("since"), Text::tr("Only files of this day (YYYY-MM-DD) or later."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption until(QStringLiteral("until"), Text::tr("Only files of this day (YYYY-MM-DD) or earlier."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      Text::tr("An S3-compatible server's URL instead of Amazon S3."), QStringLiteral("URL"));
    const QCommandLineOption region(QStringLiteral("region"), Text::tr("The buckets' region (default: AWS_REGION, else us-east-1)."),
                                    QStringLiteral("REGION"));
    const QCommandLineOption packagesBucket(QStringLiteral("packages-bucket"), Text::tr("The bucket of the weekly packages (default: course-data)."),
                                            QStringLiteral("BUCKET"), QStringLiteral("course-data"));
    const QCommandLineOption logsBucket(QStringLiteral("logs-bucket"), Text::tr("The bucket of the daily logs (default: edx-course-data)."), QStringLiteral("BUCKET"),
                                        QStringLiteral("edx-course-data"));
    const QCommandLineOption profile(QStringLiteral("profile"), Text::tr("The profile of ~/.aws/credentials to use."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption listOnly(QStringLiteral("list"), Text::tr("Show what is there and what would be downloaded; write nothing."));
    const QCommandLineOption json(QStringLiteral("json"), Text::tr("Print a JSON summary instead of text."));
    parser.addOptions({org, site, what, since, until, endpoint, region, packagesBucket, logsBucket, profile, listOnly, json});
    if (const int parsed = parseArguments(parser, args); parsed != Ok)
        return parsed;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(parser, Text::tr("fetch needs DIR, the download folder"));
    if (!parser.isSet(org) || parser.value(org).trimmed().isEmpty())
        return usageError(parser, Text::tr("fetch needs --org, your organisation as edX names it (e.g. mcgillx)"));
    const QString folder = positional[1];

    FetchOptions options;
    options.org = parser.value(org).trimmed();
    const QString sites = parser.value(site).toLower();
    if (sites == QLatin1String("all"))
        options.sites = {QStringLiteral("edx"), QStringLiteral("edge")};
    else if (sites == QLatin1String("edx") || sites == QLatin1String("edge"))
        options.sites = {sites};
    else
        return usageError(parser, Text::tr("--site must be edx, edge or all"));
    const QStringList kinds = parser.value(what).toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &kind : kinds)
        if (kind != QLatin1String("packages") && kind != QLatin1String("logs"))
            return usageError(parser, Text::tr("--what takes packages, logs or both (packages,logs)"));
    options.packages = kinds.contains(QStringLiteral("packages"));
    options.logs = kinds.contains(QStringLiteral("logs"));
    if (!options.packages && !options.logs)
        return usageError(parser, Text::tr("--what takes packages, logs or both (packages,logs)"));
    for (const auto &[option, day] : {std::pair{&since, &options.since}, std::pair{&until, &options.until}}) {
        if (!parser.isSet(*option))
            continue;
        *day = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!day->isValid())
            return usageError(parser, Text::tr("--%1 takes a day as YYYY-MM-DD").arg(option->names().first()));
    }
    options.packagesBucket = parser.value(packagesBucket);
    options.logsBucket = parser.value(logsBucket);

    // The keys: the environment's, else the profile's.
    S3Config config;
    config.endpoint = parser.value(endpoint);
    config.region = parser.isSet(region) ? parser.value(region)
                                         : qEnvironmentVariable("AWS_REGION", qEnvironmentVariable("AWS_DEFAULT_REGION", config.region));
    QString credentialsFile;
    if (!parser.isSet(profile) && qEnvironmentVariableIsSet("AWS_ACCESS_KEY_ID")) {
        config.accessKeyId = qEnvironmentVariable("AWS_ACCESS_KEY_ID");
        config.secretAccessKey = qEnvironmentVariable("AWS_SECRET_ACCESS_KEY");
        config.sessionToken = qEnvironmentVariable("AWS_SESSION_TOKEN");
    } else {
        const QString name = parser.isSet(profile) ? parser.value(profile) : qEnvironmentVariable("AWS_PROFILE", QStringLiteral("default"));
        const QHash<QString, QString> values = awsProfile(name, &credentialsFile);
        config.accessKeyId = values.value(QStringLiteral("aws_access_key_id"));
        config.secretAccessKey = values.value(QStringLiteral("aws_secret_access_key"));
        config.sessionToken = values.value(QStringLiteral("aws_session_token"));
        if (!parser.isSet(region) && values.contains(QStringLiteral("region")))
            config.region = values.value(QStringLiteral("region"));
        if (config.accessKeyId.isEmpty() || config.secretAccessKey.isEmpty()) {
            err() << "edxloader-cli: "
                  << Text::tr("no access keys: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or put them under [%1] in %2. "
                              "Nothing was downloaded.")
                         .arg(name, QDir::toNativeSeparators(credentialsFile))
                  << Qt::endl;
            return Failure;
        }
    }
    if (config.secretAccessKey.isEmpty()) {
        err() << "edxloader-cli: " << Text::tr("AWS_SECRET_ACCESS_KEY is not set. Nothing was downloaded.") << Qt::endl;
        return Failure;
    }

    const S3Client client(config);
    const bool live = stderrIsTerminal() && !parser.isSet(json);
    if (live)
        statusLine(Text::tr("Listing what %1 holds for %2…").arg(config.serverName(), options.org));
    const Result<RemoteListing> listing = EdxFetch::list(client, options);
    if (live)
        statusLine();
    if (!listing) {
        err() << "edxloader-cli: " << listing.error() << '\n' << Text::tr("Nothing was downloaded.") << Qt::endl;
        return Failure;
    }
    for (const QString &refused : listing->refused)
        err() << Text::tr("edxloader-cli: warning: not downloaded: %1").arg(refused) << '\n';
    if (listing->files.isEmpty() && listing->found == 0) {
        err() << "edxloader-cli: "
              << Text::tr("nothing of %1 in %2: check the organisation (--org), the buckets and the keys")
                     .arg(options.org, listing->lookedAt.join(QStringLiteral(", ")))
              << Qt::endl;
        return Failure;
    }

    if (parser.isSet(listOnly)) {
        qint64 toDownload = 0, bytes = 0;
        QJsonArray files;
        for (const RemoteFile &f : listing->files) {
            const EdxFetch::State state = EdxFetch::state(f, folder);
            if (state != EdxFetch::State::Downloaded) {
                ++toDownload;
                bytes += f.object.size;
            }
            if (parser.isSet(json)) {
                files.append(QJsonObject{{QStringLiteral("file"), f.relativePath},
                                         {QStringLiteral("bucket"), f.bucket},
                                         {QStringLiteral("key"), f.object.key},
                                         {QStringLiteral("size"), f.object.size},
                                         {QStringLiteral("date"), f.date.toString(Qt::ISODate)},
                                         {QStringLiteral("kind"), f.kind == RemoteFile::Kind::Package ? QStringLiteral("package") : QStringLiteral("log")},
                                         {QStringLiteral("state"), state == EdxFetch::State::New ? QStringLiteral("new")
                                                                   : state == EdxFetch::State::Partial ? QStringLiteral("partial")
                                                                                                       : QStringLiteral("downloaded")}});
            } else {
                out() << QStringLiteral("%1  %2  %3  %4\n")
                             .arg(EdxFetch::stateName(state).leftJustified(18), f.date.toString(Qt::ISODate),
                                  QString(megabytes(f.object.size) + QStringLiteral(" MB")).rightJustified(11), f.relativePath);
            }
        }
        if (parser.isSet(json)) {
            out() << QJsonDocument(QJsonObject{{QStringLiteral("files"), files},
                                               {QStringLiteral("to_download"), toDownload},
                                               {QStringLiteral("bytes_to_download"), bytes},
                                               {QStringLiteral("looked_at"), QJsonArray::fromStringList(listing->lookedAt)},
                                               {QStringLiteral("refused"), QJsonArray::fromStringList(listing->refused)}})
                         .toJson(QJsonDocument::Indented);
        } else {
            out() << Text::tr("%1 files in %2; %3 to download (%4 MB) into %5. Nothing was written.")
                         .arg(listing->files.size())
                         .arg(listing->lookedAt.join(QStringLiteral(", ")))
                         .arg(toDownload)
                         .arg(megabytes(bytes), QDir::toNativeSeparators(QDir(folder).absolutePath()))
                  << '\n';
        }
        out().flush();
        return Ok;
    }

    if (!QDir().mkpath(folder)) {
        err() << "edxloader-cli: " << Text::tr("cannot create the folder %1").arg(folder) << Qt::endl;
        return Failure;
    }
    const QList<EdxFetch::Outcome> outcomes = EdxFetch::download(client, listing->files, folder, [&](const EdxFetch::Progress &p) {
        if (!live)
            return;
        statusLine(Text::tr("[%1/%2] %3 %4 of %5 MB · %6 MB/s%7")
                       .arg(p.file)
                       .arg(p.files)
                       .arg(p.name.left(50), megabytes(p.fileDone), megabytes(p.fileSize))
                       .arg(p.bytesPerSecond / 1e6, 0, 'f', 1)
                       .arg(p.secondsLeft >= 0 ? Text::tr(" · about %1 s left").arg(p.secondsLeft) : QString()));
    });
    if (live)
        statusLine();
    qint64 bytes = 0;
    int downloaded = 0, present = 0, failed = 0;
    QJsonArray downloadedJson, presentJson, failedJson;
    for (const EdxFetch::Outcome &o : outcomes) {
        bytes += o.bytes;
        switch (o.status) {
        case EdxFetch::Outcome::Status::Downloaded:
            ++downloaded;
            downloadedJson.append(QJsonObject{{QStringLiteral("file"), o.file.relativePath},
                                              {QStringLiteral("bytes"), o.bytes},
                                              {QStringLiteral("resumed_from"), o.resumedFrom}});
            if (!parser.isSet(json))
                out() << Text::tr("downloaded  %1 (%2 MB)%3")
                             .arg(o.file.relativePath, megabytes(o.file.object.size),
                                  o.resumedFrom > 0 ? Text::tr(", resumed after %1 MB").arg(megabytes(o.resumedFrom)) : QString())
                      << '\n';
            break;
        case EdxFetch::Outcome::Status::AlreadyPresent:
            ++present;
            presentJson.append(o.file.relativePath);
            break;
        case EdxFetch::Outcome::Status::Failed:
        case EdxFetch::Outcome::Status::Cancelled:
            ++failed;
            failedJson.append(QJsonObject{{QStringLiteral("file"), o.file.relativePath}, {QStringLiteral("reason"), o.reason}});
            err() << Text::tr("edxloader-cli: %1 failed: %2").arg(o.file.relativePath, o.reason) << '\n';
            break;
        }
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("folder"), QDir(folder).absolutePath()},
                                           {QStringLiteral("downloaded"), downloadedJson},
                                           {QStringLiteral("already_present"), presentJson},
                                           {QStringLiteral("failed"), failedJson},
                                           {QStringLiteral("bytes"), bytes},
                                           {QStringLiteral("looked_at"), QJsonArray::fromStringList(listing->lookedAt)},
                                           {QStringLiteral("refused"), QJsonArray::fromStringList(listing->refused)}})
                     .toJson(QJsonDocument::Indented);
    } else {
        out() << Text::tr("%1 downloaded (%2 MB), %3 already present, %4 failed, in %5. Next: edxloader-cli import %6")
                     .arg(downloaded)
                     .arg(megabytes(bytes))
                     .arg(present)
                     .arg(failed)
                     .arg(QDir::toNativeSeparators(QDir(folder).absolutePath()), folder)
              << '\n';
    }
    out().flush();
    err().flush();
    return failed > 0 ? Rejected : Ok;
}

} // namespace Cli
