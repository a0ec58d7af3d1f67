// Reaches the system's Graphviz headers (libgraphviz-dev); nothing is copied.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
