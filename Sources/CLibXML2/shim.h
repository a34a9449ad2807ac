#ifndef TEMATIK_CLIBXML2_SHIM_H
#define TEMATIK_CLIBXML2_SHIM_H
// libxml2 pulls in the system's ICU headers when it was built with ICU; Foundation ships its own ICU
// module, and the two definitions of ICU's enums clash in any Swift module that sees both. Tematik
// uses no libxml2 API that needs ICU types, so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#endif
