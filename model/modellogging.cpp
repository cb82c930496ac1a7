#include "modellogging.h"

Q_LOGGING_CATEGORY(lcModel, "edxloader.model", QtInfoMsg)
