#pragma once

#include <QtGlobal>

#include <array>
#include <atomic>
#include <chrono>

namespace EdxLoader::StageClock {

// Where an import's time goes, counted in the code itself (not a profiler run): each stage adds
// the nanoseconds it took, from whichever thread runs it. Off unless enabled (the benchmark's
// --profile): then a stage costs one relaxed load and a branch.
enum Stage {
    ReadInflate, // bytes from the file, through GnuPG and gzip, up to the line reader
    Parse,       // JSON and TSV text into documents (tracking logs into the embedded store: parsed only)
    Transform,   // what the loader adds and renames (course, time, event_struct, ids)
    Encode,      // documents into the embedded store's JSON text (tracking logs: the event's members
                 // written as text straight from the parse)
    Write,       // SQLite's inserts, the indexes they maintain included (SQLite does both in one step)
    Index,       // indexes made after a file's commit
    Commit,      // the transaction's end: journal and fsync
    StageCount
};

const char *name(Stage stage);

extern std::atomic_bool g_enabled;
inline bool enabled() { return g_enabled.load(std::memory_order_relaxed); }
void setEnabled(bool on);

inline qint64 now()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void add(Stage stage, qint64 nanoseconds);
std::array<qint64, StageCount> totals(); // nanoseconds per stage since the last reset
void reset();

// Times its own scope.
class Scope
{
public:
    explicit Scope(Stage stage) : m_stage(stage), m_start(enabled() ? now() : 0) {}
    ~Scope()
    {
        if (m_start)
            add(m_stage, now() - m_start);
    }
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    Stage m_stage;
    qint64 m_start;
};

} // namespace EdxLoader::StageClock
