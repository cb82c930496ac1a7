// libFuzzer harness: the classifier on arbitrary file names and zip member paths, and the
// database name it derives from a course key (which must always be a valid MongoDB name).
#include "classifier.h"
#include "fuzzsink.h"

#include <cstdlib>

using namespace EdxLoader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString name = QString::fromUtf8(Fuzz::bytes(data, size));
    const Classification c = Classifier::builtIn().classify(name);
    if (c.recognised() && c.fileName.isEmpty() && !name.isEmpty() && !name.endsWith(QLatin1Char('/')))
        std::abort();
    const QString db = Classifier::databaseNameForCourse(name);
    if (db.toUtf8().size() > 63)
        std::abort();
    for (const QChar ch : db) {
        if (QStringView(u"/\\. \"$*<>:|?").contains(ch) || ch.unicode() == 0)
            std::abort();
    }
    return 0;
}
