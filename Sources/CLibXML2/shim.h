// Debian builds libxml2 with ICU, and its encoding.h then includes ICU's headers, which clash with
// the ICU copy inside Swift's Foundation. belajar never touches libxml2's encoding handlers (the
// only structs that change without ICU, and only ever through pointers), so ICU is left out here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>

// xmlFree is a function-pointer global, which Swift 6 will not read: it is called through here.
static inline void belajar_xml_free(void *pointer) { xmlFree(pointer); }
