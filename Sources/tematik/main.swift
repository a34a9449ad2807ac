import TematikCore
print("tematik")
