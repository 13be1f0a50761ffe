import CCrypt
import FoundationEssentials
import Glibc

/// yescrypt from libxcrypt, at its default cost (5: N = 4096, r = 32, 16 MiB; about 80 ms on the
/// 2-core build machine under load, 2-4 times that on an old office PC). It is what Debian hashes
/// login passwords with, and its `$y$...` text carries its salt and parameters, so a later belajar
/// can raise the cost and still check PINs set earlier. A PIN has few possibilities: the hash
/// only keeps it from being read off the store; counting and slowing wrong tries protect it.
enum PINHash {
    static let cost: UInt = 5

    static func make(_ pin: String) throws -> String {
        var setting = [CChar](repeating: 0, count: Int(CRYPT_GENSALT_OUTPUT_SIZE))
        // No random bytes given: libxcrypt takes them from the OS (getrandom).
        guard crypt_gensalt_rn("$y$", cost, nil, 0, &setting, Int32(setting.count)) != nil else {
            throw StoreError.storageFailure(path: "", detail: "crypt_gensalt_rn: errno \(errno)")
        }
        guard let hash = hash(pin, setting: String(decoding: setting.prefix { $0 != 0 }.map(UInt8.init(bitPattern:)), as: UTF8.self)) else {
            throw StoreError.storageFailure(path: "", detail: "crypt_rn: errno \(errno)")
        }
        return hash
    }

    static func matches(_ pin: String, _ stored: String) -> Bool {
        guard let candidate = hash(pin, setting: stored) else { return false }
        // Same length by construction; compared without an early exit all the same.
        let a = Array(candidate.utf8), b = Array(stored.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func hash(_ pin: String, setting: String) -> String? {
        // crypt_data is 32 KiB: on the heap, and wiped, since it held the PIN.
        let data = UnsafeMutablePointer<crypt_data>.allocate(capacity: 1)
        data.initialize(to: crypt_data())
        defer {
            memset(data, 0, MemoryLayout<crypt_data>.size)
            data.deallocate()
        }
        guard let result = crypt_rn(pin, setting, data, Int32(MemoryLayout<crypt_data>.size)) else { return nil }
        let text = String(cString: result)
        // libxcrypt answers a failure with a text starting with '*', never a hash.
        return text.hasPrefix("$y$") ? text : nil
    }
}
