namespace reports {}
