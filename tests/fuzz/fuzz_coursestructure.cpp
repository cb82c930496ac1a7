// libFuzzer harness: the course-structure reader (one JSON object of blocks, parent_data for
// every ancestor, cycles and missing names included).
#include "fuzzsink.h"
#include "jsonreaders.h"

using namespace EdxLoader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray text = Fuzz::bytes(data, size);
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    Fuzz::CountingSink sink;
    QString fatal;
    CourseStructureReader().read(&buffer, sink, &fatal);
    CourseStructureReader::blockId(QString::fromUtf8(text));
    return 0;
}
