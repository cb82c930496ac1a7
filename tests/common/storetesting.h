#pragma once
// Test helpers for the store's results (errors are values: a failed call says why).
#include "result.h"

#include <QTest>

namespace EdxLoader::Testing {

inline void expectOk(const Status &status, const char *file, int line)
{
    if (!status)
        QTest::qFail(qPrintable(QStringLiteral("unexpected failure: %1").arg(status.error())), file, line);
}

} // namespace EdxLoader::Testing

// A store call that must succeed, in any function (a QVERIFY needs a void one): the test fails
// with the call's own error otherwise.
#define EXPECT_OK(expr) ::EdxLoader::Testing::expectOk((expr), __FILE__, __LINE__)
