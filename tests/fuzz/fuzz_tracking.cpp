// libFuzzer harness: the tracking-log reader and its per-line transform (course id, timestamp,
// event_struct, escaped keys) on arbitrary bytes.
#include "fuzzsink.h"
#include "trackingreader.h"

#include <QDateTime>
#include <QTimeZone>

using namespace EdxLoader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray text = Fuzz::bytes(data, size);
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    Fuzz::CountingSink sink;
    QString fatal;
    static const QDateTime loaded = QDateTime::fromMSecsSinceEpoch(1456790400000LL, QTimeZone::UTC);
    if (TrackingReader("fuzz", QStringLiteral("fuzz-edx-events-2016-03-01.log"), loaded).read(&buffer, sink, &fatal))
        Fuzz::checkAccounting(sink, Fuzz::lineCount(text));
    return 0;
}
