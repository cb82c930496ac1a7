// edxloader-bench: numbers for the quality bars of PRODUCT.md §9 (run: tools/dev bench).
// Prints measurements; asserts nothing. Today it measures what exists: the demo generator's
// tracking-log throughput and the classifier's speed.
#include "classifier.h"
#include "demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace EdxLoader;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int events = args.size() > 1 ? args.at(1).toInt() : 200000;
    const int days = args.size() > 2 ? args.at(2).toInt() : 4;

    QTemporaryDir dir;
    DemoParams params;
    params.directory = dir.path();
    params.days = days;
    params.eventsPerDay = events;
    QElapsedTimer total;
    total.start();
    const DemoResult r = DemoGenerator(params).run();
    if (!r.ok) {
        out << "demo generation failed: " << r.error << Qt::endl;
        return 1;
    }
    out << QStringLiteral("demo generator: %1 days x %2 events: %3 MB of tracking log in %4 s = %5 MB/s "
                          "(%6 events/s), whole package %7 s\n")
               .arg(days)
               .arg(events)
               .arg(r.trackingBytes / 1e6, 0, 'f', 1)
               .arg(r.trackingSeconds, 0, 'f', 2)
               .arg(r.trackingBytes / 1e6 / r.trackingSeconds, 0, 'f', 1)
               .arg(r.trackingEvents / r.trackingSeconds, 0, 'f', 0)
               .arg(total.nsecsElapsed() / 1e9, 0, 'f', 2);

    const Classifier &c = Classifier::builtIn();
    const QStringList names{QStringLiteral("MITx-6.00.1-x-1T2014-auth_user-prod-analytics.sql.gpg"),
                            QStringLiteral("mcgillx-edx-events-2014-02-01.log.gz.gpg"),
                            QStringLiteral("universityx-2016-05-01/ora/UniversityX-DS101x-1T2016-submissions_submission-prod-analytics.sql.gpg"),
                            QStringLiteral("README.txt")};
    QElapsedTimer t;
    t.start();
    const int rounds = 50000;
    int recognised = 0;
    for (int i = 0; i < rounds; ++i)
        recognised += c.classify(names.at(i % names.size())).recognised();
    out << QStringLiteral("classifier: %1 names/s (%2 recognised)\n")
               .arg(rounds / (t.nsecsElapsed() / 1e9), 0, 'f', 0)
               .arg(recognised);
    return 0;
}
