// Debian's libyaml-dev (libyaml-0-2 at run time): the YAML 1.1 parser course.yaml is read with.
#include <yaml.h>
