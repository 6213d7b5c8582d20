fn main() {
    eprintln!("upy: under construction");
    std::process::exit(2);
}
