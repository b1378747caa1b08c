/** The top bar with the product name. */
export function Header() {
  return (
    <header className="header">
      <h1 className="brand">
        <img src="/favicon.svg" alt="" width={22} height={22} />
        Init Container Playground
      </h1>
    </header>
  );
}
