import gen, s1, s2, s3, s4, s5, s6, w1, w2, w3, w4
items = gen.build()
print(len(items))
