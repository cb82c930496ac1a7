#pragma once

#include "gnupg.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace EdxLoader {

struct DemoParams
{
    QString directory;
    int courses = 2;
    int days = 3;
    int eventsPerDay = 2000;
    int learnersPerCourse = 0; // 0: from the events per day (24 to 400)
    quint64 seed = 1;
    QString org = QStringLiteral("DemoX");
    QDate firstDay = QDate(2016, 3, 1);
    // Set: deliver as edX does — the weekly package as "{org}-{date}.zip" of ".gpg" members and
    // the daily logs as ".log.gz.gpg", all encrypted to this GnuPG key (FORMATS.md §1.2–§1.3).
    QString encryptTo;
    GnuPGOptions gnupg;
};

struct DemoResult
{
    bool ok = false;
    QString error;          // translated, names the file
    QString packageDir;     // the weekly package folder "{org}-{date}" (encrypted: the zip)
    QString eventsDir;      // the daily tracking logs
    QString manifestPath;   // manifest.json: what an import must produce
    QStringList files;      // every file written, relative to the directory
    qint64 trackingBytes = 0; // uncompressed bytes of tracking log lines
    qint64 trackingEvents = 0;
    double trackingSeconds = 0; // wall time spent writing the tracking logs
};

// Writes a realistic synthetic edX research data package (FORMATS.md §9 lists the fidelity
// knobs): per course the six SQL tables with nasty values, a forum dump in all three Extended
// JSON date styles, a course structure in the course's key style, files that are not in use,
// daily .log.gz tracking logs whose events refer to the course's blocks (malformed lines
// included), and manifest.json with the exact counts an import must produce. The output is a
// pure function of the parameters.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(EdxLoader::DemoGenerator)

public:
    explicit DemoGenerator(DemoParams params);

    // progress(done, total) is called from the calling thread between files; cancel stops early.
    DemoResult run(const std::function<void(int, int)> &progress = {},
                   const std::atomic_bool *cancel = nullptr);

    static QString validate(const DemoParams &params); // translated error, empty when valid

private:
    bool encryptPackage(const QDir &root, const QString &package, QJsonArray *files, DemoResult *result);
    DemoParams m_params;
};

} // namespace EdxLoader
