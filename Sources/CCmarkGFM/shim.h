#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

// The extensions' node types are mutable globals filled in at registration; Swift 6 rejects
// reading C globals, so they are read through functions.
extern cmark_node_type CMARK_NODE_TABLE;
extern cmark_node_type CMARK_NODE_TABLE_ROW;
extern cmark_node_type CMARK_NODE_TABLE_CELL;
extern cmark_node_type CMARK_NODE_STRIKETHROUGH;

static inline cmark_node_type belajar_node_table(void) { return CMARK_NODE_TABLE; }
static inline cmark_node_type belajar_node_table_row(void) { return CMARK_NODE_TABLE_ROW; }
static inline cmark_node_type belajar_node_table_cell(void) { return CMARK_NODE_TABLE_CELL; }
static inline cmark_node_type belajar_node_strikethrough(void) { return CMARK_NODE_STRIKETHROUGH; }
