#pragma once

// Values and filters as the MongoDB store sends them: a filter as a MongoDB query, a value as
// BSON and back (shared with the tests).

#include "document.h"
#include "query.h"

#include <bson/bson.h>

namespace EdxLoader {

void appendValue(bson_t *out, const char *key, const Value &value);
Value valueFromBson(const bson_iter_t *it);
bson_t *filterToBson(const Filter &filter); // caller owns (bson_destroy)

} // namespace EdxLoader
