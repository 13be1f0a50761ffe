import TestSupport

/// The built `belajar`, run to its end with the test's environment.
func belajar(_ arguments: String...) throws -> Execution { try Execution(Built.executable("belajar"), arguments) }
