#pragma once
// The rows of a TSV table file as the tests read it by themselves (not through the importer):
// maps from column name to raw text, to compute expected values independently of the store.
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace EdxLoader::Testing {

inline QList<QHash<QString, QString>> readTsv(const QString &path)
{
    QList<QHash<QString, QString>> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char('\t'));
    while (!f.atEnd()) {
        const QStringList cells = QString::fromUtf8(f.readLine()).chopped(1).split(QLatin1Char('\t'));
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size() && i < cells.size(); ++i)
            row.insert(header[i], cells[i]);
        rows << row;
    }
    return rows;
}

} // namespace EdxLoader::Testing
