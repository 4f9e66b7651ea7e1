import { Alert } from 'antd';

/** A name search answered `capped`: names merely holding the text were ranked among a sample of them. */
export function ManyMatches() {
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      message="匹配结果较多，请输入更完整的名称"
      description="仅包含（不以其开头）该文字的名称过多，这部分结果只在其中一部分名称里按长短排列。"
    />
  );
}
