/// File paths as text, the way NSString's path methods read them: `/` separates components, a
/// trailing `/` is not a component.
public enum Path {
    /// `folder/name`; `name` alone when `folder` is empty.
    public static func join(_ folder: String, _ name: String) -> String {
        guard !folder.isEmpty else { return name }
        let trimmedName = name.drop { $0 == "/" }
        return folder.hasSuffix("/") ? folder + trimmedName : folder + "/" + trimmedName
    }

    /// The folder a path is in: `a/b` → `a`, `b` → `` (empty), `/b` → `/`.
    public static func parent(_ path: String) -> String {
        let body = withoutTrailingSlashes(path)
        guard let slash = body.lastIndex(of: "/") else { return "" }
        let folder = body[..<slash]
        return folder.isEmpty ? "/" : String(withoutTrailingSlashes(String(folder)))
    }

    /// The last component: `a/b/` → `b`.
    public static func name(_ path: String) -> String {
        let body = withoutTrailingSlashes(path)
        guard let slash = body.lastIndex(of: "/") else { return String(body) }
        let name = body[body.index(after: slash)...]
        return name.isEmpty ? "/" : String(name)
    }

    /// The last component without its extension: `a/01-x.md` → `01-x`, `.profile` stays.
    public static func stem(_ path: String) -> String {
        let name = name(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    private static func withoutTrailingSlashes(_ path: String) -> Substring {
        var body = path[...]
        while body.count > 1, body.hasSuffix("/") { body.removeLast() }
        return body
    }
}
