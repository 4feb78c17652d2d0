#ifndef ADJUDICATOR_CLIBXML2_SHIM_H
#define ADJUDICATOR_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU; its headers would pull ICU's, which clash with the
   copy inside Swift's Foundation. Nothing here needs libxml2's ICU types. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

/* xmlFree is a global function pointer; a function keeps Swift's concurrency checker calm. */
static inline void adjudicator_xml_free(void *pointer) { xmlFree(pointer); }
#endif
