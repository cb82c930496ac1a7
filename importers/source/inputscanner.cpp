#include "inputscanner.h"

#include "classifier.h"
#include "sourcepath.h"
#include "zippackage.h"

#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace EdxLoader {

InputScanner::InputScanner(const Classifier &classifier, int batchSize)
    : m_classifier(classifier)
    , m_batchSize(std::max(1, batchSize))
{
}

InputScanner::Result InputScanner::scan(const QStringList &paths,
                                        const std::function<bool(const ImportItems &)> &sink) const
{
    Result result;
    ImportItems batch;
    bool stopped = false;
    auto push = [&](ImportItem &&item) {
        batch.append(std::move(item));
        ++result.files;
        if (batch.size() >= m_batchSize) {
            stopped = !sink(batch);
            batch.clear();
        }
    };
    auto add = [&](const QFileInfo &info) {
        ImportItem item;
        item.path = info.absoluteFilePath();
        item.size = info.size();
        item.classification = m_classifier.classify(item.path);
        if (!ZipPackage::isZip(item.path)) {
            push(std::move(item));
            return;
        }
        // A package lists its members, read in place; a damaged or hostile one is one row that says why.
        const ZipListing listing = ZipPackage::list(item.path);
        if (!listing.error.isEmpty() || listing.members.isEmpty()) {
            item.problem = listing.error.isEmpty() ? ZipPackage::tr("The archive is empty") : listing.error;
            push(std::move(item));
            return;
        }
        for (const ZipListing::Member &m : listing.members) {
            if (stopped)
                return;
            ImportItem member;
            member.path = SourcePath::memberKey(item.path, m.path);
            member.size = m.size;
            member.classification = m_classifier.classify(m.path);
            push(std::move(member));
        }
    };
    for (const QString &path : paths) {
        if (stopped)
            break;
        const QFileInfo info(path);
        if (!info.exists() || !info.isReadable()) {
            result.missing.append(path);
            continue;
        }
        if (!info.isDir()) {
            add(info);
            continue;
        }
        // Hidden files are walked too: "._name" and ".DS_Store" turn up as unrecognised rows
        // rather than vanishing, so that nothing a user dropped is silently ignored.
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (!stopped && it.hasNext())
            add(it.nextFileInfo());
    }
    if (!stopped && !batch.isEmpty())
        sink(batch);
    return result;
}

ImportItems InputScanner::scanAll(const QStringList &paths, Result *result) const
{
    ImportItems all;
    const Result r = scan(paths, [&all](const ImportItems &batch) {
        all.append(batch);
        return true;
    });
    std::sort(all.begin(), all.end(),
              [](const ImportItem &a, const ImportItem &b) { return a.path < b.path; });
    if (result)
        *result = r;
    return all;
}

} // namespace EdxLoader
