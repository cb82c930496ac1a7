// libFuzzer harness: the Extended JSON parser (every mongoexport dialect) and the forum reader.
// A document that parses must survive a round trip through its relaxed JSON unchanged.
#include "fuzzsink.h"
#include "jsonreaders.h"

using namespace EdxLoader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray text = Fuzz::bytes(data, size);
    Document d;
    QString error;
    if (Document::fromJson(text, &d, &error)) {
        const QByteArray once = d.toRelaxedJson();
        Document again;
        if (!Document::fromJson(once, &again, &error) || again.toRelaxedJson() != once)
            std::abort();
    }
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    Fuzz::CountingSink sink;
    if (ForumReader("fuzz").read(&buffer, sink, &error))
        Fuzz::checkAccounting(sink, Fuzz::lineCount(text));
    return 0;
}
