/** Jest: TypeScript through ts-jest (transpile only; `npm run typecheck` checks types). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { isolatedModules: true, tsconfig: { module: "commonjs", jsx: "react-jsx", esModuleInterop: true } },
    ],
  },
  // office-addin-mock requires office-addin-manifest only for its OfficeApp enum, and the package's entry point
  // pulls in an ES-module-only dependency jest cannot load: map it to the enum's own file, which requires nothing.
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 120000,
};
