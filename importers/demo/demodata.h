#pragma once

// Internal to the demo generator: the synthetic organisation it writes files about.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace EdxLoader::Demo {

// SplitMix64: small, fast and — unlike std::uniform_int_distribution — the same on every
// platform, so that a seed gives the same bytes everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(1000) < percent * 10; }
    bool permille(int p) { return below(1000) < p; }
    double real() { return double(next() >> 11) / double(1ULL << 53); }
    QString hex(int digits);
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

struct Block
{
    QString usageKey;
    QString category;
    QString name; // the block id part (hash or readable name)
    QString displayName;
    QJsonObject metadata;
    QStringList children;
    int parent = -1;
};

struct User
{
    qint64 id = 0;
    QString username;
    QString fullName;
    QString email;
    QString hashId; // user_id_map
    QDateTime joined;
    // One learner in ten has left the courses: is_active 0 in the enrollment tables, and the
    // logs' enrollment events for them are edx.course.enrollment.deactivated (chosen by id, so
    // the random sequences are not touched).
    bool unenrolled() const { return id % 10 == 0; }
};

struct Course
{
    QString org;
    QString number;
    QString run;
    bool newStyle = true;
    QList<Block> blocks;
    QList<int> chapters, sequentials, verticals, problems, videos, oras, discussions, htmls;
    QList<int> users; // indices into Organisation::users
    QString courseId() const;
    QString fileKey() const;
    QString blockKey(const QString &category, const QString &name) const;
    QString htmlId(const QString &category, const QString &name) const; // i4x-Org-Course-cat-name
    QString urlBase() const; // "https://courses.edx.org/courses/<course id>"
    QString rootKey() const;
};

struct Organisation
{
    QString org;
    QList<User> users;
    QList<Course> courses;
};

Organisation buildOrganisation(const QString &org, int courses, quint64 seed, int eventsPerDay,
                               QDate firstDay, int learnersPerCourse = 0);

// The exact counts an import of one file must produce (the manifest's per-file entry).
struct FileCounts
{
    qint64 read = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 skipped = 0;
    QMap<QString, qint64> courses;         // tracking logs: imported events per course id
    QMap<QString, QMap<QString, qint64>> courseDays; // tracking logs: course id → UTC date of time → events
    QList<QPair<qint64, QString>> rejects; // line number, reason class
};

// Writes one day of tracking log into a .log.gz; returns the counts. bytes receives the
// uncompressed size. error is set (translated) on failure.
FileCounts writeTrackingDay(const Organisation &org, const QString &path, QDate day, int events,
                            quint64 seed, qint64 *bytes, QString *error);

QString sqlDateTime(const QDateTime &dt, bool micro);
QString isoTime(const QDateTime &dt, bool micro); // 2016-03-01T10:00:00.123456+00:00

// KCompressionDevice writes the writing time into a gzip header (MTIME, bytes 4–7, outside every
// checksum when FHCRC is not set): zeroed, the same parameters give the same bytes. header holds
// at least the first 10 bytes of the stream; false when it is not such a gzip header.
bool clearGzipTime(char *header, qint64 size);

} // namespace EdxLoader::Demo
