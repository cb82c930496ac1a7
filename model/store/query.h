#pragma once

#include "document.h"

#include <QList>
#include <QString>

namespace EdxLoader {

// A condition on one field (dotted path): equality, membership or a range bound.
struct Condition
{
    enum Op { Eq, In, Gt, Gte, Lt, Lte };
    QString field;
    Op op = Eq;
    QList<Value> values; // one value, or several for In
};
using Filter = QList<Condition>; // all conditions must hold

struct FindOptions
{
    QString orderBy;      // dotted path; empty: insertion order
    bool descending = false;
    qint64 limit = -1;
    qint64 skip = 0;
    bool anyOrder = false; // no order asked (with orderBy empty): the store's fastest
};

struct DistinctValue
{
    Value value;
    qint64 count = 0;
};

struct CollectionInfo
{
    QString database;
    QString collection;
    qint64 count = 0;
};

} // namespace EdxLoader
