#include "importitem.h"

namespace EdxLoader {

Classification ImportItem::effective() const
{
    Classification c = classification;
    if (!choosable())
        return c;
    if (include >= 0)
        c.imported = include == 1;
    if (!databaseOverride.isEmpty())
        c.database = databaseOverride;
    if (!collectionOverride.isEmpty())
        c.collection = collectionOverride;
    return c;
}

} // namespace EdxLoader
