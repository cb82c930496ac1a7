#pragma once

#include <QtGlobal>

#include <exception>

namespace EdxLoader {

// Wraps the body of a worker-thread task so that an exception ends the task with an empty
// result (and a warning) instead of being rethrown from QFuture::result() on the GUI thread,
// which would end the program.
template<typename F>
auto guarded(F f)
{
    return [f]() -> decltype(f()) {
        try {
            return f();
        } catch (const std::exception &e) {
            qWarning("EdxLoader: a background task failed: %s", e.what());
        } catch (...) {
            qWarning("EdxLoader: a background task failed");
        }
        return {};
    };
}

} // namespace EdxLoader
