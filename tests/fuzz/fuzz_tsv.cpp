// libFuzzer harness: the TSV reader of the .sql tables. The first byte picks the table (typed
// columns, the studentmodule escape exception, an unknown table), the rest is the file.
#include "fuzzsink.h"
#include "tsvreader.h"

using namespace EdxLoader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const char *const tables[] = {"auth_user", "auth_userprofile", "courseware_studentmodule",
                                         "student_courseenrollment", "certificates_generatedcertificate", "unknown_table"};
    const QString table = QString::fromLatin1(tables[data[0] % std::size(tables)]);
    QByteArray text = Fuzz::bytes(data + 1, size - 1);
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    Fuzz::CountingSink sink;
    QString fatal;
    if (TsvReader(table, "fuzz").read(&buffer, sink, &fatal))
        Fuzz::checkAccounting(sink, Fuzz::lineCount(text) - 1); // (the header)
    return 0;
}
