#pragma once

// Internal to the demo generator: the SQL tables of one course (FORMATS.md §3).

#include "demodata.h"

#include <QStringList>

namespace EdxLoader::Demo {

extern const QString kNull;

// A table as the exporter writes it: a header and rows of TSV-escaped fields.
struct Table
{
    QStringList header;
    QList<QStringList> rows; // already escaped
    QByteArray bytes() const;
};

QString tsvEscape(QString v);
FileCounts rowsCounts(const Table &t);
QDateTime when(Rng &rng, QDate firstDay, int daysBefore);

Table authUser(const Organisation &o, const Course &c, Rng &rng);
Table userProfile(const Organisation &o, const Course &c, Rng &rng);
Table enrollment(const Organisation &o, const Course &c, Rng &rng);
Table certificates(const Organisation &o, const Course &c, Rng &rng);
Table studentModule(const Organisation &o, const Course &c, Rng &rng);
Table userIdMap(const Organisation &o, const Course &c);
Table courseTags(const Organisation &o, const Course &c);
Table wikiArticle();
Table oraSubmissions(const Organisation &o, const Course &c, Rng &rng);

} // namespace EdxLoader::Demo
