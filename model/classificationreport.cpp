#include "classificationreport.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace EdxLoader {

QJsonArray classificationJson(const ImportItems &items,
                              const std::function<QString(const QString &)> &displayPath)
{
    QJsonArray out;
    for (const ImportItem &it : items) {
        const Classification &c = it.classification;
        auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
        out.append(QJsonObject{
            {QStringLiteral("file"), displayPath(it.path)},
            {QStringLiteral("name"), c.fileName},
            {QStringLiteral("size"), it.size < 0 ? QJsonValue() : QJsonValue(it.size)},
            {QStringLiteral("kind"), fileKindId(c.kind)},
            {QStringLiteral("kind_label"), c.kindLabel()},
            {QStringLiteral("course"), orNull(c.courseKey)},
            {QStringLiteral("org"), orNull(c.org)},
            {QStringLiteral("table"), orNull(c.table)},
            {QStringLiteral("site"), orNull(c.site)},
            {QStringLiteral("date"), c.date.isValid() ? QJsonValue(c.date.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("database"), c.imported ? orNull(c.database) : QJsonValue()},
            {QStringLiteral("collection"), c.imported ? orNull(c.collection) : QJsonValue()},
            {QStringLiteral("optional_target"), !c.imported && c.hasTarget() ? QJsonValue(c.target()) : QJsonValue()},
            {QStringLiteral("imported"), c.imported},
            {QStringLiteral("encrypted"), c.encrypted},
            {QStringLiteral("failed_export"), c.failedExport},
            {QStringLiteral("exists"), it.size >= 0},
            {QStringLiteral("note"), it.problem.isEmpty() ? c.note() : it.problem},
        });
    }
    return out;
}

QString classificationTable(const ImportItems &items,
                            const std::function<QString(const QString &)> &displayPath)
{
    QList<QStringList> rows;
    rows.append({QCoreApplication::translate("EdxLoader::ClassificationReport", "FILE"),
                 QCoreApplication::translate("EdxLoader::ClassificationReport", "KIND"),
                 QCoreApplication::translate("EdxLoader::ClassificationReport", "COURSE"),
                 QCoreApplication::translate("EdxLoader::ClassificationReport", "TARGET"),
                 QCoreApplication::translate("EdxLoader::ClassificationReport", "NOTE")});
    for (const ImportItem &it : items) {
        const Classification &c = it.classification;
        rows.append({displayPath(it.path), c.kindLabel(), c.courseKey.isEmpty() ? QStringLiteral("-") : c.courseKey,
                     c.imported ? c.target() : QStringLiteral("-"), it.problem.isEmpty() ? c.note() : it.problem});
    }
    QList<qsizetype> widths(5, 0);
    for (const QStringList &r : std::as_const(rows)) {
        for (int i = 0; i < 4; ++i)
            widths[i] = std::max(widths[i], r.at(i).size());
    }
    QString out;
    for (const QStringList &r : std::as_const(rows)) {
        QString line;
        for (int i = 0; i < 4; ++i)
            line += r.at(i).leftJustified(widths[i]) + QStringLiteral("  ");
        line += r.at(4);
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out;
}

} // namespace EdxLoader
