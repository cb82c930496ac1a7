#include "stageclock.h"

namespace EdxLoader::StageClock {

std::atomic_bool g_enabled{false};

namespace {
// One cache line per stage: the parsing and the writing threads add to different stages.
struct alignas(64) Counter
{
    std::atomic<qint64> nanoseconds{0};
};
std::array<Counter, StageCount> g_counters;
} // namespace

const char *name(Stage stage)
{
    static const char *const names[StageCount] = {"read + inflate", "parse", "transform", "encode",
                                                  "write",          "index", "commit"};
    return names[stage];
}

void setEnabled(bool on)
{
    g_enabled.store(on, std::memory_order_relaxed);
}

void add(Stage stage, qint64 nanoseconds)
{
    g_counters[size_t(stage)].nanoseconds.fetch_add(nanoseconds, std::memory_order_relaxed);
}

std::array<qint64, StageCount> totals()
{
    std::array<qint64, StageCount> out{};
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = g_counters[i].nanoseconds.load(std::memory_order_relaxed);
    return out;
}

void reset()
{
    for (Counter &c : g_counters)
        c.nanoseconds.store(0, std::memory_order_relaxed);
}

} // namespace EdxLoader::StageClock
