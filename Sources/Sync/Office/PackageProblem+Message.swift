extension SyncError {
    static func packageKey(_ path: String, _ problem: PackageProblem) -> (SyncMessage, [String: String]) {
        let arguments = ["path": path]
        switch problem {
        case .notAPackage: return (.packageNotAPackage, arguments)
        case .unsupportedFormat(let format): return (.packageFormat, arguments.merging(["format": format]) { $1 })
        case .truncated: return (.packageTruncated, arguments)
        case .trailingData(let bytes): return (.packageTrailingData, arguments.merging(["bytes": "\(bytes)"]) { $1 })
        case .manifestDamaged: return (.packageManifestDamaged, arguments)
        case .signatureUnreadable: return (.packageSignatureUnreadable, arguments)
        case .signatureMismatch: return (.packageSignatureMismatch, arguments)
        case .noTrustedOffice: return (.packageNoTrustedOffice, arguments)
        case .untrustedKey(let office): return (.packageUntrustedKey, arguments.merging(["office": office]) { $1 })
        case .otherDevice(let device): return (.packageOtherDevice, arguments.merging(["device": device]) { $1 })
        case .alreadyReceived(let sequence, let last):
            return (.packageAlreadyReceived, arguments.merging(["sequence": "\(sequence)", "last": "\(last)"]) { $1 })
        case .outOfOrder(let sequence, let expected):
            return (.packageOutOfOrder, arguments.merging(["sequence": "\(sequence)", "expected": "\(expected)"]) { $1 })
        case .itemsAltered: return (.packageItemsAltered, arguments)
        case .itemsDamaged: return (.packageItemsDamaged, arguments)
        case .unsafePath(let course, let file):
            return (.packageUnsafePath, arguments.merging(["course": course, "file": file]) { $1 })
        case .brokenCourse(let course, let first):
            return (.packageBrokenCourse, arguments.merging(["course": course, "first": first.file.lastPathComponent]) { $1 })
        case .olderCourse(let course, let packaged, let installed):
            return (.packageOlderCourse, arguments.merging(["course": course, "packaged": packaged, "installed": installed]) { $1 })
        }
    }
}
