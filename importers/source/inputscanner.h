#pragma once

#include "importitem.h"

#include <QStringList>

#include <functional>

namespace EdxLoader {

class Classifier;

// Walks files and folders (recursively) and classifies every file found. Results are handed out
// in batches so that a window can show the first rows while a large folder is still being walked.
class InputScanner
{
public:
    struct Result
    {
        int files = 0;
        QStringList missing; // given paths that do not exist or cannot be read
    };

    explicit InputScanner(const Classifier &classifier, int batchSize = 256);

    // sink receives each batch; returning false stops the walk (cancellation).
    Result scan(const QStringList &paths, const std::function<bool(const ImportItems &)> &sink) const;

    // Convenience: everything in one list, sorted by path.
    ImportItems scanAll(const QStringList &paths, Result *result = nullptr) const;

private:
    const Classifier &m_classifier;
    int m_batchSize;
};

} // namespace EdxLoader
