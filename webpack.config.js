// Builds the task pane (taskpane.html/js/css) and copies the manifest and icons into dist/.
// Dev certificates are requested only by `npm run dev-server`: office-addin-dev-certs installs a
// certificate authority, which a build or a test must never do.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

module.exports = async (env, options) => {
  const serving = Boolean(env?.WEBPACK_SERVE);
  const devServer = serving
    ? {
        port: 3000,
        headers: { "Access-Control-Allow-Origin": "*" },
        server: { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() },
        static: { directory: path.resolve(__dirname, "dist") },
      }
    : undefined;
  return {
    mode: options.mode ?? "production",
    devtool: "source-map",
    entry: { taskpane: "./src/taskpane/taskpane.ts" },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.browser.json", transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
        ],
      }),
    ],
    performance: { hints: false },
    ...(devServer ? { devServer } : {}),
  };
};
