// Style sheets imported for their side effect (Vite bundles them): antd/dist/antd.css in console/app.tsx.
declare module '*.css';
