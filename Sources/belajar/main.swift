print("belajar")
