// Reaches the system's cairo and pango headers (libcairo2-dev, libpango1.0-dev); nothing is copied.
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
