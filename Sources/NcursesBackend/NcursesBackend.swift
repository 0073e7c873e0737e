import CNcursesw
enum NcursesBackendPlaceholder {}
