#pragma once

#include <QCoreApplication>

#include "documentstore.h"
#include "result.h"

#include <atomic>
#include <exception>
#include <memory>

namespace EdxLoader {

// Wraps the body of a worker-thread task so that an exception ends it with an error the window
// shows ("An internal error stopped …: what") instead of being rethrown from QFuture::result()
// on the GUI thread, which would end the program, or of an empty result that says nothing.
template<typename T>
struct AsResult
{
    using type = Result<T>;
};
template<typename T>
struct AsResult<Result<T>>
{
    using type = Result<T>;
};

template<typename F>
auto guarded(F f)
{
    using R = typename AsResult<decltype(f())>::type;
    return [f]() -> R {
        try {
            return f();
        } catch (const std::exception &e) {
            return failure(QCoreApplication::translate("EdxLoader::Worker", "An internal error stopped this task: %1")
                               .arg(QString::fromUtf8(e.what())));
        } catch (...) {
            return failure(QCoreApplication::translate("EdxLoader::Worker", "An internal error stopped this task"));
        }
    };
}

// What a widget's background tasks share: the store, kept alive by every task that reads it,
// and a flag raised when the widget goes. Tasks capture copies of both (never the widget), so
// the widget closes at once: its tasks stop at their next check of the flag and their results
// are dropped.
class WorkerContext
{
public:
    explicit WorkerContext(std::shared_ptr<DocumentStore> store)
        : m_store(std::move(store))
    {
    }
    ~WorkerContext() { m_closing->store(true); }
    WorkerContext(const WorkerContext &) = delete;
    WorkerContext &operator=(const WorkerContext &) = delete;

    const std::shared_ptr<DocumentStore> &store() const { return m_store; }
    // Another store: the tasks on the old one are told to stop, new tasks get a flag of their own.
    void setStore(std::shared_ptr<DocumentStore> store)
    {
        m_closing->store(true);
        m_closing = std::make_shared<std::atomic_bool>(false);
        m_store = std::move(store);
    }
    const std::shared_ptr<std::atomic_bool> &closing() const { return m_closing; }

private:
    std::shared_ptr<DocumentStore> m_store;
    std::shared_ptr<std::atomic_bool> m_closing = std::make_shared<std::atomic_bool>(false);
};

} // namespace EdxLoader
