def main():
    print("run")
if __name__ == "__main__":
    main()
