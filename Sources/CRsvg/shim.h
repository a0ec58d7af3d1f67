// Reaches the system's librsvg headers (librsvg2-dev), to draw SVG diagrams into PDF pages as vectors.
#include <librsvg/rsvg.h>
