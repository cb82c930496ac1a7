// The French catalogue must be complete and keep every placeholder of its source text (that
// the compiled catalogue is loaded is checked through the CLI in tst_cli).
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void frenchIsComplete();
};

void TestTranslations::frenchIsComplete()
{
    QFile ts(QStringLiteral(EDXLOADER_TRANSLATIONS_DIR "/edxloader_fr.ts"));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    QString context, source;
    int messages = 0;
    QStringList problems;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (unfinished || translation.trimmed().isEmpty()) {
                problems << QStringLiteral("untranslated [%1] %2").arg(context, source);
                continue;
            }
            for (auto it = placeholder.globalMatch(source); it.hasNext();) {
                const QString p = it.next().captured();
                if (!translation.contains(p))
                    problems << QStringLiteral("placeholder %1 lost [%2] %3").arg(p, context, source);
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 50);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
